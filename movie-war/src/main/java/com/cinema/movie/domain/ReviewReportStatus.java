package com.cinema.movie.domain;

/** A report waits for staff ({@link #OPEN}), or staff kept the review ({@link #DISMISSED}) or removed it ({@link #UPHELD}). */
public enum ReviewReportStatus {
    OPEN,
    DISMISSED,
    UPHELD
}
