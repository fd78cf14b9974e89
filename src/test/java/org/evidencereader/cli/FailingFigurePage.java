package org.evidencereader.cli;

import java.io.Writer;
import java.util.Set;
import org.evidencereader.EvidenceReaderApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IContext;

/**
 * The application, except that the figure page of {@code gpu-power} cannot be rendered. Not a
 * {@code @Configuration}, so that the application's component scan leaves it out of every other test.
 */
@Import(EvidenceReaderApplication.class)
class FailingFigurePage {

    @Bean
    static BeanPostProcessor failGpuPowerPage() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof ITemplateEngine engine && !(bean instanceof Failing)
                        ? new Failing(engine)
                        : bean;
            }
        };
    }

    record Failing(ITemplateEngine engine) implements ITemplateEngine {
        @Override
        public IEngineConfiguration getConfiguration() {
            return engine.getConfiguration();
        }

        private static void check(String template, IContext context) {
            if (template.equals("figure")
                    && context.getVariable("figure") instanceof org.evidencereader.library.Figure f
                    && f.id().equals("gpu-power")) {
                throw new IllegalStateException("this page fails in the test");
            }
        }

        @Override
        public String process(String template, IContext context) {
            check(template, context);
            return engine.process(template, context);
        }

        @Override
        public String process(String template, Set<String> selectors, IContext context) {
            check(template, context);
            return engine.process(template, selectors, context);
        }

        @Override
        public String process(TemplateSpec spec, IContext context) {
            check(spec.getTemplate(), context);
            return engine.process(spec, context);
        }

        @Override
        public void process(String template, IContext context, Writer writer) {
            check(template, context);
            engine.process(template, context, writer);
        }

        @Override
        public void process(String template, Set<String> selectors, IContext context, Writer writer) {
            check(template, context);
            engine.process(template, selectors, context, writer);
        }

        @Override
        public void process(TemplateSpec spec, IContext context, Writer writer) {
            check(spec.getTemplate(), context);
            engine.process(spec, context, writer);
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(String template, IContext context) {
            return engine.processThrottled(template, context);
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(
                String template, Set<String> selectors, IContext context) {
            return engine.processThrottled(template, selectors, context);
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(TemplateSpec spec, IContext context) {
            return engine.processThrottled(spec, context);
        }
    }
}
