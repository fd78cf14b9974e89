/**
 * Figures: units, quantities, numbers in Chinese text and how to show them. Plain Java; no Spring,
 * no HanLP.
 *
 * <h2>Units: Indriya (JSR 385) plus two kinds of our own</h2>
 *
 * <p>{@link org.evidencereader.figure.Unit} is our own immutable type. Its physical atoms (W kW MW
 * GW 万千瓦, J kWh MWh GWh TWh 度, s min h d month year) and ratios (% × 1) are Indriya units
 * ({@code tech.units.indriya.unit.Units}, {@code javax.measure.MetricPrefix}); their dimensions,
 * products, quotients and conversion factors all come from Indriya. A year is defined as {@code
 * DAY × 1461/4} (365.25 d, exact rational) and a month as a twelfth of it; Indriya's own {@code
 * Units.YEAR}/{@code MONTH} are not used. Two things are not in Indriya and are kept beside the
 * Indriya unit:
 *
 * <ul>
 *   <li>currencies (CNY 元, USD 美元): base dimensions with no conversion between them;
 *   <li>counted nouns (GPU, clip, any unknown word): dimensionless with a label, as UCUM's
 *       annotations. A count may be dropped when converting to a unit that names none and is not
 *       a mere ratio: 720000 GPU × 700 W = 504,000,000 GPU·W converts to W and kW; GPU·h converts
 *       to h. A count never converts to or adds with a ratio (GPU vs %), a physical unit (GPU vs W)
 *       or another noun (GPU vs clip).
 * </ul>
 *
 * <p>Indriya's symbols and formatting are not used: {@link org.evidencereader.figure.Unit#symbol()}
 * prints our own spelling (kW, GPU·h, CNY/s) and {@link org.evidencereader.figure.QuantityFormat}
 * renders numbers.
 *
 * <h2>Numbers in text</h2>
 *
 * <p>{@link org.evidencereader.figure.NumeralParser} finds numbers; {@link
 * org.evidencereader.figure.NumericMention} describes each; {@link
 * org.evidencereader.figure.StatedCheck} compares one with a figure's value. A month written without
 * a year (9月) is a TIME_POINT mention with an empty {@code timePoint()}, {@code low() == 9}, unit
 * text 月 and {@code month()} 9. The golden examples are in {@code src/test/resources/spec/}.
 */
package org.evidencereader.figure;
