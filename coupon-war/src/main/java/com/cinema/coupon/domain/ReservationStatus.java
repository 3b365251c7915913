package com.cinema.coupon.domain;

/** A booking's use of a coupon: held while it pays, final once confirmed, given back when it ends otherwise. */
public enum ReservationStatus {
    RESERVED,
    REDEEMED,
    RELEASED
}
