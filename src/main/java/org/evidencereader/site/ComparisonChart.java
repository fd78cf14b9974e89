package org.evidencereader.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evidencereader.derivation.Binary;
import org.evidencereader.derivation.Operator;
import org.evidencereader.derivation.Reference;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormat;
import org.evidencereader.figure.Unit;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;

/**
 * Small charts drawn on the server as inline SVG where a picture says it faster than the numbers,
 * chosen from the data alone:
 *
 * <ul>
 *   <li>for a ratio, a figure whose formula is {@code a / b} of two figures with compatible units,
 *       a bar for each of {@code a} and {@code b} on one scale in one unit;
 *   <li>for a figure that is one side of such ratios, one chart with its own bar beside the other
 *       side of each ratio that uses it;
 *   <li>for a figure whose value is a range, the interval on a scale from 0.
 * </ul>
 *
 * <p>Bars start at 0, so a chart is left out when a value is negative or everything is 0. A range
 * in a bar chart is drawn solid up to its low end and lighter up to its high end. Each chart has
 * role "img" with a {@code <title>} and a {@code <desc>} that give the values in words, and the
 * values are written as text in the picture too. Every piece of text is XML-escaped; colours come
 * from CSS classes ({@code ch-*} in reader.css).
 */
final class ComparisonChart {

    /** A chart with the caption shown under it. */
    record Chart(String caption, String svg) {}

    static final double WIDTH = 640;
    private static final double PAD = 12;
    private static final double LABEL_SIZE = 14;
    private static final double VALUE_SIZE = 13;
    private static final double BAR_HEIGHT = 20;
    private static final double ROW = LABEL_SIZE + 6 + BAR_HEIGHT + 12;
    private static final double VALUE_ROOM = 200;

    private ComparisonChart() {}

    private record Bar(Figure figure, Quantity value, boolean self) {}

    /** The charts for a figure's derivation page, in order: its ratio, its range, the ratios it is part of. */
    static List<Chart> charts(ReaderArticle article, Figure figure, MessageSource messages, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        String id = figure.id();
        ratioOperands(article, figure).ifPresent(ab -> {
            String caption = messages.getMessage(
                    "chart.ratio",
                    new Object[] {
                        figure.label().in(locale),
                        ab.get(0).label().in(locale),
                        ab.get(1).label().in(locale)
                    },
                    locale);
            bars(
                            List.of(
                                    new Bar(ab.get(0), ab.get(0).shown().orElseThrow(), false),
                                    new Bar(ab.get(1), ab.get(1).shown().orElseThrow(), false)),
                            caption,
                            id + "-ratio",
                            messages,
                            locale)
                    .ifPresent(charts::add);
        });
        figure.value().filter(Quantity::isRange).ifPresent(q -> {
            String caption = messages.getMessage(
                    "chart.range", new Object[] {figure.label().in(locale)}, locale);
            range(figure, figure.shown().orElseThrow(), caption, id + "-range", messages, locale)
                    .ifPresent(charts::add);
        });
        List<Bar> partners = new ArrayList<>();
        figure.value()
                .ifPresent(own -> partners.add(new Bar(figure, figure.shown().orElseThrow(), true)));
        for (Figure ratio : article.usedBy(figure)) {
            ratioOperands(article, ratio).ifPresent(ab -> {
                Figure other = ab.get(0).id().equals(id) ? ab.get(1) : ab.get(0);
                if (partners.stream().noneMatch(b -> b.figure().id().equals(other.id()))) {
                    partners.add(new Bar(other, other.shown().orElseThrow(), false));
                }
            });
        }
        if (partners.size() > 1) {
            String caption = messages.getMessage(
                    "chart.partners", new Object[] {figure.label().in(locale)}, locale);
            bars(partners, caption, id + "-partners", messages, locale).ifPresent(charts::add);
        }
        return charts;
    }

    /**
     * For a figure computed as {@code a / b} of two distinct figures that have values in compatible
     * units, those two figures; otherwise empty.
     */
    static Optional<List<Figure>> ratioOperands(ReaderArticle article, Figure figure) {
        if (figure.formula().orElse(null) instanceof Binary b
                && b.operator() == Operator.DIVIDE
                && b.left() instanceof Reference left
                && b.right() instanceof Reference right
                && !left.id().equals(right.id())) {
            Optional<Figure> a = article.figure(left.id());
            Optional<Figure> c = article.figure(right.id());
            if (a.isPresent()
                    && c.isPresent()
                    && a.get().value().isPresent()
                    && c.get().value().isPresent()
                    && a.get()
                            .value()
                            .get()
                            .unit()
                            .isCompatible(c.get().value().get().unit())) {
                return Optional.of(List.of(a.get(), c.get()));
            }
        }
        return Optional.empty();
    }

    /** The unit of the largest value as a reader would write it (MW for 6,120,000 kW), for all the bars. */
    private static Unit commonUnit(List<Quantity> values) {
        Quantity largest = values.get(0);
        for (Quantity q : values) {
            if (Math.abs(q.canonical().high()) > Math.abs(largest.canonical().high())) {
                largest = q;
            }
        }
        return QuantityFormat.siUnit(largest);
    }

    private static Optional<Chart> bars(
            List<Bar> bars, String caption, String key, MessageSource messages, Locale locale) {
        Unit unit = commonUnit(bars.stream().map(Bar::value).toList());
        List<Quantity> values = bars.stream().map(b -> b.value().to(unit)).toList();
        double max = values.stream().mapToDouble(Quantity::high).max().orElse(0);
        if (max <= 0 || values.stream().anyMatch(q -> q.low() < 0)) {
            return Optional.empty();
        }
        double height = PAD + bars.size() * ROW;
        double barMax = WIDTH - 2 * PAD - VALUE_ROOM;
        StringBuilder body = new StringBuilder();
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            Quantity q = values.get(i);
            String label = bar.figure().label().in(locale);
            String value = QuantityFormat.plain(q);
            spoken.add(messages.getMessage("chart.value", new Object[] {label, value}, locale));
            double top = PAD + i * ROW;
            double barY = top + LABEL_SIZE + 6;
            String row = bar.self() ? "ch-row ch-self" : "ch-row";
            body.append("<g class=\"").append(row).append("\">");
            body.append("<text class=\"ch-label\" x=\"")
                    .append(Svg.n(PAD))
                    .append("\" y=\"")
                    .append(Svg.n(top + LABEL_SIZE))
                    .append("\">")
                    .append(Svg.escape(Svg.truncate(label, LABEL_SIZE, WIDTH - 2 * PAD)))
                    .append("</text>");
            double low = q.low() / max * barMax;
            double high = q.high() / max * barMax;
            body.append(rect("ch-bar", PAD, barY, Math.max(low, 1.5), BAR_HEIGHT));
            if (q.isRange()) {
                body.append(rect("ch-bar-range", PAD + low, barY, Math.max(high - low, 1.5), BAR_HEIGHT));
            }
            body.append("<text class=\"ch-value\" x=\"")
                    .append(Svg.n(PAD + Math.max(high, 1.5) + 6))
                    .append("\" y=\"")
                    .append(Svg.n(barY + BAR_HEIGHT / 2 + VALUE_SIZE * 0.35))
                    .append("\">")
                    .append(Svg.escape(value))
                    .append("</text></g>");
        }
        return Optional.of(new Chart(caption, frame(key, caption, String.join(" ", spoken), height, body.toString())));
    }

    private static Optional<Chart> range(
            Figure figure, Quantity value, String caption, String key, MessageSource messages, Locale locale) {
        Quantity q = value.to(QuantityFormat.siUnit(value));
        if (q.low() < 0 || q.high() <= 0) {
            return Optional.empty();
        }
        double step = niceStep(q.high() / 4);
        double max = Math.ceil(q.high() / step - 1e-9) * step;
        double left = PAD + 4;
        double span = WIDTH - 2 * PAD - 8;
        double barY = PAD + VALUE_SIZE + 10;
        double axisY = barY + BAR_HEIGHT + 6;
        double height = axisY + 6 + VALUE_SIZE + PAD;
        double x1 = left + q.low() / max * span;
        double x2 = left + q.high() / max * span;
        StringBuilder body = new StringBuilder();
        String plain = QuantityFormat.plain(q);
        // The value above the interval, with the ends' numbers placed at the ends when there is room.
        String lowText = QuantityFormat.number(q.low(), true);
        String highText = QuantityFormat.plain(Quantity.of(q.high(), q.unit()));
        double lowWidth = Svg.width(lowText, VALUE_SIZE);
        double highWidth = Svg.width(highText, VALUE_SIZE);
        double lowX = Math.max(left, x1 - lowWidth / 2);
        double highX = Math.min(WIDTH - PAD - highWidth, x2 - highWidth / 2);
        if (highX < lowX + lowWidth + 8) {
            body.append(text(
                    "ch-value",
                    Math.max(left, Math.min(x1, WIDTH - PAD - Svg.width(plain, VALUE_SIZE))),
                    PAD + VALUE_SIZE,
                    plain));
        } else {
            body.append(text("ch-value", lowX, PAD + VALUE_SIZE, lowText));
            body.append(text("ch-value", highX, PAD + VALUE_SIZE, highText));
        }
        body.append(rect("ch-track", left, barY + BAR_HEIGHT / 2 - 1, span, 2));
        body.append(rect("ch-bar-range ch-interval", x1, barY, Math.max(x2 - x1, 1.5), BAR_HEIGHT));
        body.append("<path class=\"ch-axis\" d=\"M")
                .append(Svg.n(left))
                .append(',')
                .append(Svg.n(axisY))
                .append(" H")
                .append(Svg.n(left + span))
                .append("\"/>");
        for (double t = 0; t <= max + step / 2; t += step) {
            double x = left + t / max * span;
            body.append("<path class=\"ch-axis\" d=\"M")
                    .append(Svg.n(x))
                    .append(',')
                    .append(Svg.n(axisY))
                    .append(" v4\"/>");
            String tick = QuantityFormat.number(t, true);
            double w = Svg.width(tick, 11);
            double tx = Math.max(PAD, Math.min(WIDTH - PAD - w, x - w / 2));
            body.append("<text class=\"ch-tick\" x=\"")
                    .append(Svg.n(tx))
                    .append("\" y=\"")
                    .append(Svg.n(axisY + 6 + 11))
                    .append("\">")
                    .append(Svg.escape(tick))
                    .append("</text>");
        }
        String spoken =
                messages.getMessage("chart.value", new Object[] {figure.label().in(locale), plain}, locale);
        return Optional.of(new Chart(caption, frame(key, caption, spoken, height, body.toString())));
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough - 1e-12 * power) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String frame(String key, String title, String desc, double height, String body) {
        String titleId = "chart-title-" + key;
        String descId = "chart-desc-" + key;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"comparison-chart\" role=\"img\" viewBox=\"0 0 "
                + Svg.n(WIDTH) + ' ' + Svg.n(height) + "\" width=\"" + Svg.n(WIDTH) + "\" height=\"" + Svg.n(height)
                + "\" aria-labelledby=\"" + Svg.escape(titleId) + "\" aria-describedby=\"" + Svg.escape(descId) + "\">"
                + "<title id=\"" + Svg.escape(titleId) + "\">" + Svg.escape(title) + "</title>"
                + "<desc id=\"" + Svg.escape(descId) + "\">" + Svg.escape(desc) + "</desc>"
                + body + "</svg>";
    }

    private static String rect(String cls, double x, double y, double w, double h) {
        return "<rect class=\"" + cls + "\" x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" width=\"" + Svg.n(w)
                + "\" height=\"" + Svg.n(h) + "\" rx=\"3\" ry=\"3\"/>";
    }

    private static String text(String cls, double x, double y, String content) {
        return "<text class=\"" + cls + "\" x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\">" + Svg.escape(content)
                + "</text>";
    }
}
