package org.regionalhealth.populationscreening;

/** A town's figures, with its name. */
public record TownFigures(String townCode, String townName, Figures figures) {}
