package org.peel.bench.accuracy;

import java.util.List;

/** Placeholder. */
final class VariationSet {
    static VariationSet standard() { return new VariationSet(); }
    List<VariationResult> measure() { return List.of(); }
}
