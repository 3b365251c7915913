package com.cinema.gateway.api.movie;

/** A report waits for staff (OPEN), or staff kept the review (DISMISSED) or removed it (UPHELD). */
public enum ReviewReportStatus {
    OPEN,
    DISMISSED,
    UPHELD
}
