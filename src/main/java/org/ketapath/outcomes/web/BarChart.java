package org.ketapath.outcomes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bar chart drawn on the server as SVG coordinates (no script): one bar per value, a missing value drawn as no
 * bar with its reason in the label. The page puts the same numbers in a table beside it.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param bars the bars, left to right
 * @param ticks horizontal grid lines with their values
 */
record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, int plotLeft, int plotBottom) {

    /**
     * A bar.
     *
     * @param label its category under the axis ("Baseline")
     * @param value its value as shown above the bar, or the reason there is none
     */
    record Bar(String label, String value, int x, int y, int w, int h, int labelX, boolean empty) {}

    record Tick(int y, String label) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 40;
    static final int TOP = 24;
    static final int BOTTOM = 40;

    /** Bars for the values on a scale from 0 to at least {@code minMax}. */
    static BarChart of(List<String> labels, List<@Nullable BigDecimal> values, int minMax, String missing) {
        return of(labels, values, minMax, java.util.Collections.nCopies(labels.size(), missing));
    }

    /** Bars with, for each missing value, its own reason. */
    static BarChart of(List<String> labels, List<@Nullable BigDecimal> values, int minMax, List<String> missing) {
        double max = minMax;
        for (BigDecimal v : values) {
            if (v != null) {
                max = Math.max(max, v.doubleValue());
            }
        }
        int top = (int) Math.ceil(max / 4.0) * 4;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - LEFT) / Math.max(1, labels.size());
        int barWidth = Math.max(4, (int) (slot * 0.6));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int h = v == null ? 0 : (int) Math.round(v.doubleValue() / top * plotHeight);
            bars.add(new Bar(
                    labels.get(i),
                    v == null ? missing.get(i) : v.toPlainString(),
                    x,
                    HEIGHT - BOTTOM - h,
                    barWidth,
                    h,
                    x + barWidth / 2,
                    v == null));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= top; t += Math.max(1, top / 4)) {
            ticks.add(new Tick(HEIGHT - BOTTOM - (int) Math.round((double) t / top * plotHeight), String.valueOf(t)));
        }
        return new BarChart(WIDTH, HEIGHT, List.copyOf(bars), List.copyOf(ticks), LEFT, HEIGHT - BOTTOM);
    }
}
