package org.evidencereader.figure;

/** What a number in running text is. */
public enum MentionKind {
    /** An amount, with or without a unit or classifier: 72万张, 700W, 十秒, 10年、20年. */
    QUANTITY,
    /** A percentage: 38.49%. */
    PERCENT,
    /** A point in time: 2024年, 2024年第三季度, 9月. */
    TIME_POINT,
    /** A vague amount: 数倍 (several times), 数秒, 几十年; its value is only a rough range. */
    VAGUE
}
