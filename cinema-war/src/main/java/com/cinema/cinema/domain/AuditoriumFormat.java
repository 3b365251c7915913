package com.cinema.cinema.domain;

/** The projection and sound an auditorium is equipped for. */
public enum AuditoriumFormat {
    STANDARD,
    THREE_D,
    IMAX,
    DOLBY_ATMOS
}
