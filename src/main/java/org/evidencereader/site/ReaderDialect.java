package org.evidencereader.site;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #derivations} ({@link Derivations}), whoever renders it: the site's
 * pages, the export and the what-if pages all show the same bounded derivations.
 * Spring Boot adds every dialect bean to its template engine.
 */
@Component
class ReaderDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String DERIVATIONS = "derivations";

    ReaderDialect() {
        super("reader");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(DERIVATIONS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return DERIVATIONS.equals(name) ? new Derivations() : null;
            }

            /** Kept for the rest of the page being rendered (each rendering has its own), never longer. */
            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
