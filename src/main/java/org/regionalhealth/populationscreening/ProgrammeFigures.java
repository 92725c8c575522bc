package org.regionalhealth.populationscreening;

import java.util.List;

/** A programme's figures for a year (by invitation day) in the user's scope: the whole and each town. */
public record ProgrammeFigures(Programme programme, int year, Figures total, List<TownFigures> towns) {}
