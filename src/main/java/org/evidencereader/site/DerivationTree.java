package org.evidencereader.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;

/**
 * A derivation page's tree, from the figure down to its sourced inputs, with a size that grows
 * with the figures it names, never with the paths between them:
 * <ul>
 *   <li>each figure is expanded once, where it first appears (depth first, in the page's order);
 *       further down it is named with its value and a link up to that place ({@link Shown#ABOVE}).
 *       Without this, figures that each use two figures of the level below (a diamond lattice)
 *       doubled the tree per level: 16 levels made a 45 MB page;</li>
 *   <li>at most {@value #MAX_DEPTH} levels: a deeper figure is named with a link to its own page,
 *       where its tree goes on ({@link Shown#ON_ITS_PAGE}). The template draws the tree by
 *       including itself once per level, and a chain of 1,960 figures went past Thymeleaf's limit;</li>
 *   <li>after {@value #MAX_ROWS} rows no figure is expanded any more (each still links to its page).</li>
 * </ul>
 * The tree is built without recursion; only the finished tree, at most {@value #MAX_DEPTH} deep, is
 * walked recursively.
 */
public final class DerivationTree {

    public static final int MAX_DEPTH = 16;
    static final int MAX_ROWS = 400;

    /** How a figure appears at one place of the tree. */
    enum Shown {
        /** With its formula or sources and, for a derived figure, its inputs below it. */
        EXPANDED,
        /** Named with its value; expanded higher up on the page. */
        ABOVE,
        /** Named with its value; its derivation goes on on its own page. */
        ON_ITS_PAGE
    }

    /** One row of the tree: a figure, how it is shown, and its inputs (only when expanded). */
    record Node(Figure figure, Shown shown, List<Node> inputs) {

        public boolean expanded() {
            return shown == Shown.EXPANDED;
        }

        public boolean above() {
            return shown == Shown.ABOVE;
        }

        public boolean onItsPage() {
            return shown == Shown.ON_ITS_PAGE;
        }
    }

    private static final class Row {
        final Figure figure;
        final int depth;
        Shown shown;
        final List<Row> inputs = new ArrayList<>();

        Row(Figure figure, int depth) {
            this.figure = figure;
            this.depth = depth;
        }

        Node node() {
            return new Node(figure, shown, inputs.stream().map(Row::node).toList());
        }
    }

    private DerivationTree() {}

    static Node of(ReaderArticle article, Figure figure) {
        Row root = new Row(figure, 0);
        Set<String> expanded = new HashSet<>();
        Deque<Row> pending = new ArrayDeque<>();
        pending.push(root);
        int rows = 1;
        while (!pending.isEmpty()) {
            Row row = pending.pop();
            if (expanded.contains(row.figure.id())) {
                row.shown = Shown.ABOVE;
            } else if (row.figure.isDerived() && (row.depth >= MAX_DEPTH || rows >= MAX_ROWS)) {
                row.shown = Shown.ON_ITS_PAGE;
            } else {
                row.shown = Shown.EXPANDED;
                expanded.add(row.figure.id());
                for (String id : row.figure.inputs()) {
                    Optional<Figure> input = article.figure(id);
                    input.ifPresent(f -> row.inputs.add(new Row(f, row.depth + 1)));
                }
                rows += row.inputs.size();
                // Depth first in the page's order: the first input is expanded before the second.
                for (int i = row.inputs.size() - 1; i >= 0; i--) {
                    pending.push(row.inputs.get(i));
                }
            }
        }
        return root.node();
    }
}
