package org.regionalhealth.surveillance.detection;

import java.util.List;

/** The output of one detector run: the algorithm's name and one point per evaluated time index. */
public record DetectionResult(String algorithm, List<DetectionPoint> points) {

    public DetectionResult {
        points = List.copyOf(points);
    }

    public long alarmCount() {
        return points.stream().filter(p -> Boolean.TRUE.equals(p.alarm())).count();
    }
}
