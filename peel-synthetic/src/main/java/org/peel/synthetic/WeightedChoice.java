package org.peel.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks one of several items with probability proportional to its weight, by binary search in a cumulative
 * array, so a pick costs O(log n) and no allocation.
 */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        WeightedChoice<T> build() {
            double[] cumulative = new double[items.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new WeightedChoice<>(List.copyOf(items), cumulative);
        }
    }
}
