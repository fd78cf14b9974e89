package org.evidencereader.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.springframework.context.MessageSource;

/**
 * The dependency graph of a derived figure, drawn on the server as inline SVG: the figure at the
 * top, the figures its formula uses below it, and theirs below those, each on the layer of its
 * longest path from the top. An arrow runs from each input up to the figure computed from it; each
 * box is a link to that figure's derivation page.
 *
 * <p>Every piece of text is XML-escaped here, so the string can be inserted into a page as it is.
 * The SVG has role "group" (not "img": an image's children are presentational, and links inside
 * one would be hidden from assistive technology) named by its {@code <title>} and described by a
 * {@code <desc>} that lists the edges in words; each link is named by its figure's full label.
 * Colours come from CSS classes ({@code dg-*} in reader.css), so dark mode applies.
 */
final class DerivationDiagram {

    static final double BOX_WIDTH = 184;
    static final double BOX_HEIGHT = 64;
    static final double H_GAP = 20;
    static final double V_GAP = 48;
    static final double MARGIN = 8;
    private static final double LABEL_SIZE = 13;
    private static final double VALUE_SIZE = 12;
    private static final double PADDING = 8;

    private DerivationDiagram() {}

    private static final class Node {
        final Figure figure;
        final int order;
        int depth;
        double x;
        double y;

        Node(Figure figure, int order) {
            this.figure = figure;
            this.order = order;
        }
    }

    private record Edge(Node input, Node user, int slot, int slots) {}

    /**
     * Figures and arrows a diagram may have: above that it would be too large to read, and laying
     * it out takes time that grows with the square of the arrows.
     */
    static final int MAX_FIGURES = 40;

    static final int MAX_EDGES = 120;

    private record Graph(Map<String, Node> nodes, List<Edge> edges) {
        boolean drawable() {
            return nodes.size() <= MAX_FIGURES && edges.size() <= MAX_EDGES;
        }
    }

    /** The figure and those it is computed from, with an arrow per input; empty when there is nothing to draw. */
    private static Optional<Graph> graph(ReaderArticle article, Figure figure) {
        if (!figure.isDerived()) {
            return Optional.empty();
        }
        // The figures it is computed from, each once, depth first, as ReaderArticle.ancestry lists
        // them: only one more than can be drawn, and without recursion (a chain may be 2,000 deep).
        Map<String, Node> nodes = new LinkedHashMap<>();
        java.util.Deque<Figure> pending = new java.util.ArrayDeque<>();
        pending.push(figure);
        while (!pending.isEmpty() && nodes.size() <= MAX_FIGURES) {
            Figure f = pending.pop();
            if (nodes.containsKey(f.id())) {
                continue;
            }
            nodes.put(f.id(), new Node(f, nodes.size()));
            List<String> inputs = f.inputs();
            for (int i = inputs.size() - 1; i >= 0; i--) {
                article.figure(inputs.get(i)).ifPresent(pending::push);
            }
        }
        if (nodes.size() < 2) {
            return Optional.empty();
        }
        List<Edge> edges = new ArrayList<>();
        for (Node user : nodes.values()) {
            List<Node> inputs = user.figure.inputs().stream()
                    .map(nodes::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            for (int i = 0; i < inputs.size(); i++) {
                edges.add(new Edge(inputs.get(i), user, i, inputs.size()));
            }
        }
        return Optional.of(new Graph(nodes, edges));
    }

    /** Whether the figure's derivation is too large to draw (it then has no diagram). */
    static boolean tooLarge(ReaderArticle article, Figure figure) {
        return graph(article, figure).filter(g -> !g.drawable()).isPresent();
    }

    /**
     * The diagram of {@code figure}, or empty when it is not derived (or none of its inputs is in
     * the article).
     *
     * @param links the page's links (absolute on the server, relative in the export)
     */
    static Optional<String> svg(
            ReaderArticle article, Figure figure, Links links, MessageSource messages, Locale locale) {
        Optional<Graph> graph = graph(article, figure).filter(Graph::drawable);
        if (graph.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> nodes = graph.get().nodes();
        List<Edge> edges = graph.get().edges();
        layer(nodes.values(), edges);
        List<List<Node>> layers = place(nodes.values(), edges);

        double width = 0;
        for (List<Node> layer : layers) {
            width = Math.max(width, layer.size() * BOX_WIDTH + (layer.size() - 1) * H_GAP);
        }
        width += 2 * MARGIN;
        double height = 2 * MARGIN + layers.size() * BOX_HEIGHT + (layers.size() - 1) * V_GAP;
        double shift = width / 2;
        for (Node node : nodes.values()) {
            node.x += shift;
        }
        return Optional.of(draw(article, figure, links, messages, locale, nodes, edges, width, height));
    }

    /** Each node's depth: the length of the longest path to it from the top (formulas never form cycles). */
    private static void layer(java.util.Collection<Node> nodes, List<Edge> edges) {
        boolean changed = true;
        for (int round = 0; changed && round <= nodes.size(); round++) {
            changed = false;
            for (Edge e : edges) {
                if (e.input.depth < e.user.depth + 1) {
                    e.input.depth = e.user.depth + 1;
                    changed = true;
                }
            }
        }
    }

    /**
     * Orders each layer by where its nodes' users attach above (fewer crossings), then centres it
     * around x = 0 and sets each box's top-left corner.
     */
    private static List<List<Node>> place(java.util.Collection<Node> nodes, List<Edge> edges) {
        int depth = nodes.stream().mapToInt(n -> n.depth).max().orElse(0);
        List<List<Node>> layers = new ArrayList<>();
        for (int d = 0; d <= depth; d++) {
            int level = d;
            List<Node> layer =
                    new ArrayList<>(nodes.stream().filter(n -> n.depth == level).toList());
            if (d > 0) {
                Map<Node, Double> centre = new HashMap<>();
                for (Node n : layer) {
                    centre.put(
                            n,
                            edges.stream()
                                    .filter(e -> e.input == n)
                                    .mapToDouble(e -> attachX(e.user, e.slot, e.slots))
                                    .average()
                                    .orElse(0));
                }
                layer.sort(Comparator.comparingDouble((Node n) -> centre.get(n)).thenComparingInt(n -> n.order));
            }
            double rowWidth = layer.size() * BOX_WIDTH + (layer.size() - 1) * H_GAP;
            for (int i = 0; i < layer.size(); i++) {
                Node n = layer.get(i);
                n.x = -rowWidth / 2 + i * (BOX_WIDTH + H_GAP);
                n.y = MARGIN + d * (BOX_HEIGHT + V_GAP);
            }
            layers.add(layer);
        }
        return layers;
    }

    /** Where the {@code slot}-th of {@code slots} arrows meets the bottom of a box. */
    private static double attachX(Node node, int slot, int slots) {
        return node.x + BOX_WIDTH * (slot + 1) / (slots + 1);
    }

    private static String draw(
            ReaderArticle article,
            Figure figure,
            Links links,
            MessageSource messages,
            Locale locale,
            Map<String, Node> nodes,
            List<Edge> edges,
            double width,
            double height) {
        String titleId = "diagram-title-" + figure.id();
        String descId = "diagram-desc-" + figure.id();
        String arrowId = "diagram-arrow-" + figure.id();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"derivation-diagram\" role=\"group\"")
                .append(" viewBox=\"0 0 ")
                .append(Svg.n(width))
                .append(' ')
                .append(Svg.n(height))
                .append('"')
                .append(" width=\"")
                .append(Svg.n(width))
                .append("\" height=\"")
                .append(Svg.n(height))
                .append('"')
                .append(" aria-labelledby=\"")
                .append(Svg.escape(titleId))
                .append("\" aria-describedby=\"")
                .append(Svg.escape(descId))
                .append("\">");
        String label = figure.label().in(locale);
        svg.append("<title id=\"")
                .append(Svg.escape(titleId))
                .append("\">")
                .append(Svg.escape(messages.getMessage("diagram.title", new Object[] {label}, locale)))
                .append("</title>");
        List<String> sentences = new ArrayList<>();
        for (Edge e : edges) {
            sentences.add(messages.getMessage(
                    "diagram.edge",
                    new Object[] {
                        e.input.figure.label().in(locale), e.user.figure.label().in(locale)
                    },
                    locale));
        }
        svg.append("<desc id=\"")
                .append(Svg.escape(descId))
                .append("\">")
                .append(Svg.escape(String.join(" ", sentences)))
                .append("</desc>");
        svg.append("<defs><marker id=\"")
                .append(Svg.escape(arrowId))
                .append(
                        "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path class=\"dg-arrowhead\" d=\"M0,1 L9,5 L0,9 z\"/></marker></defs>");

        // Edges first, so that boxes sit on top of them.
        svg.append("<g class=\"dg-edges\">");
        for (Edge e : edges) {
            List<Edge> fromInput =
                    edges.stream().filter(o -> o.input == e.input).toList();
            double x1 = e.input.x + BOX_WIDTH * (fromInput.indexOf(e) + 1) / (fromInput.size() + 1);
            double y1 = e.input.y;
            double x2 = attachX(e.user, e.slot, e.slots);
            double y2 = e.user.y + BOX_HEIGHT + 1;
            double mid = (y1 + y2) / 2;
            svg.append("<path class=\"dg-edge\" d=\"M")
                    .append(Svg.n(x1))
                    .append(',')
                    .append(Svg.n(y1))
                    .append(" C")
                    .append(Svg.n(x1))
                    .append(',')
                    .append(Svg.n(mid))
                    .append(' ')
                    .append(Svg.n(x2))
                    .append(',')
                    .append(Svg.n(mid))
                    .append(' ')
                    .append(Svg.n(x2))
                    .append(',')
                    .append(Svg.n(y2))
                    .append("\" marker-end=\"url(#")
                    .append(Svg.escape(arrowId))
                    .append(")\"/>");
        }
        svg.append("</g>");

        for (Node node : nodes.values()) {
            Figure f = node.figure;
            String name = f.label().in(locale);
            String value = f.display().isEmpty() ? f.plain() : f.display();
            String kind = f == figure ? "dg-self" : f.isDerived() ? "dg-derived" : "dg-sourced";
            String href = links.figure(article.slug(), f.id());
            List<String> lines = Svg.wrap(name, LABEL_SIZE, BOX_WIDTH - 2 * PADDING, 2);
            String shownValue = Svg.truncate(value, VALUE_SIZE, BOX_WIDTH - 2 * PADDING);
            svg.append("<a class=\"dg-node ")
                    .append(kind)
                    .append("\" href=\"")
                    .append(Svg.escape(href))
                    .append("\" aria-label=\"")
                    .append(Svg.escape(accessibleName(lines, shownValue, name, value)))
                    .append("\">")
                    .append("<title>")
                    .append(Svg.escape(name))
                    .append("</title>");
            svg.append("<rect class=\"dg-box\" x=\"")
                    .append(Svg.n(node.x))
                    .append("\" y=\"")
                    .append(Svg.n(node.y))
                    .append("\" width=\"")
                    .append(Svg.n(BOX_WIDTH))
                    .append("\" height=\"")
                    .append(Svg.n(BOX_HEIGHT))
                    .append("\" rx=\"8\" ry=\"8\"/>");
            double y = node.y + PADDING + LABEL_SIZE;
            for (String line : lines) {
                svg.append("<text class=\"dg-label\" x=\"")
                        .append(Svg.n(node.x + PADDING))
                        .append("\" y=\"")
                        .append(Svg.n(y))
                        .append("\">")
                        .append(Svg.escape(line))
                        .append("</text>");
                y += LABEL_SIZE + 3;
            }
            svg.append("<text class=\"dg-value\" x=\"")
                    .append(Svg.n(node.x + PADDING))
                    .append("\" y=\"")
                    .append(Svg.n(node.y + BOX_HEIGHT - PADDING))
                    .append("\" data-value-of=\"")
                    .append(Svg.escape(f.id()))
                    .append("\">")
                    .append(Svg.escape(shownValue))
                    .append("</text>");
            svg.append("</a>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * A box's name for assistive technology: what the box shows, so that a reader who names what
     * they see (voice control) reaches it, followed by the whole label and value when the box had
     * to shorten them.
     */
    static String accessibleName(List<String> lines, String shownValue, String name, String value) {
        String whole = value.isEmpty() ? name : name + " " + value;
        boolean shortened =
                !String.join("", lines).replace(" ", "").equals(name.replace(" ", "")) || !shownValue.equals(value);
        if (!shortened) {
            return whole;
        }
        return String.join(" ", lines) + (shownValue.isEmpty() ? "" : " " + shownValue) + " (" + whole + ")";
    }
}
