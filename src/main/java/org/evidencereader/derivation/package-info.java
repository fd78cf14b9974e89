/**
 * Formulas of derived figures: {@link org.evidencereader.derivation.Expression#parse(String)} (a
 * small recursive-descent parser; editor input is never evaluated with SpEL, a script engine or
 * reflection), the expression records, and {@link org.evidencereader.derivation.Evaluator}, which
 * computes with intervals and units from {@link org.evidencereader.figure.Quantity}.
 */
package org.evidencereader.derivation;
