package org.peel.server.places.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.places.Network;
import org.peel.server.places.RecordKind;

/**
 * Where each record of a network is drawn on the page's SVG: the centre in the middle, records one step away on an
 * inner ring, records two steps away on an outer ring next to the record they were reached through. No script: the
 * page is drawn by the server, and every record is a link a keyboard user reaches with Tab.
 */
record NetworkDrawing(int width, int height, List<Point> points, List<Line> lines, boolean labelAll) {

    static final int WIDTH = 960;
    static final int HEIGHT = 720;

    /** A record drawn at (x, y), with its colour and a short label. */
    record Point(Network.Node node, double x, double y, double radius, String fill, String shortLabel,
                 boolean labelled) {
    }

    /** A link drawn from one record to another; dashed when it has ended. */
    record Line(Network.Edge edge, double x1, double y1, double x2, double y2, boolean ended) {
    }

    static NetworkDrawing of(Network network) {
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        Map<String, double[]> at = new HashMap<>();
        Map<String, Double> angleOf = new HashMap<>();
        List<Network.Node> first = network.nodes().stream().filter(node -> node.step() == 1).toList();
        List<Network.Node> second = network.nodes().stream().filter(node -> node.step() == 2).toList();
        at.put(network.centre().key(), new double[] {cx, cy});
        for (int i = 0; i < first.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, first.size()) - Math.PI / 2;
            angleOf.put(first.get(i).key(), angle);
            at.put(first.get(i).key(), new double[] {cx + 170 * Math.cos(angle), cy + 170 * Math.sin(angle)});
        }
        // Each record two steps away sits near the first record one step away it is linked to.
        Map<String, Double> parentAngle = new HashMap<>();
        for (Network.Edge edge : network.edges()) {
            if (angleOf.containsKey(edge.fromKey())) {
                parentAngle.putIfAbsent(edge.toKey(), angleOf.get(edge.fromKey()));
            }
            if (angleOf.containsKey(edge.toKey())) {
                parentAngle.putIfAbsent(edge.fromKey(), angleOf.get(edge.toKey()));
            }
        }
        List<Network.Node> outer = new ArrayList<>(second);
        outer.sort((a, b) -> Double.compare(parentAngle.getOrDefault(a.key(), 0.0),
                parentAngle.getOrDefault(b.key(), 0.0)));
        for (int i = 0; i < outer.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, outer.size()) - Math.PI / 2
                    + (outer.size() > 1 ? 0 : parentAngle.getOrDefault(outer.get(i).key(), 0.0) + Math.PI / 2);
            double radius = 320 - (i % 2) * 30.0;
            at.put(outer.get(i).key(), new double[] {cx + radius * Math.cos(angle),
                    cy + radius * 0.95 * Math.sin(angle)});
        }
        boolean labelAll = network.nodes().size() <= 40;
        List<Point> points = new ArrayList<>();
        for (Network.Node node : network.nodes()) {
            double[] xy = at.get(node.key());
            points.add(new Point(node, round(xy[0]), round(xy[1]), node.step() == 0 ? 16 : (node.step() == 1 ? 11 : 7),
                    NetworkColours.of(node.kind()), shorten(node.label()), labelAll || node.step() < 2));
        }
        List<Line> lines = new ArrayList<>();
        for (Network.Edge edge : network.edges()) {
            double[] from = at.get(edge.fromKey());
            double[] to = at.get(edge.toKey());
            lines.add(new Line(edge, round(from[0]), round(from[1]), round(to[0]), round(to[1]),
                    edge.heldTo() != null));
        }
        return new NetworkDrawing(WIDTH, HEIGHT, points, lines, labelAll);
    }

    private static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
