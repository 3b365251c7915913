package com.cinema.gateway.api.showtime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One seat of a showtime: where it is, what kind it is, whether it can be taken and what it costs. */
public class SeatState {

    @Id
    @NonNull
    public String seatId;
    @NonNull
    @Description("Row letter and seat number, e.g. F7")
    public String label;
    @NonNull
    @Description("Row label, e.g. F")
    public String row;
    public int number;
    @Description("Zero-based grid column")
    public int x;
    @Description("Zero-based grid row")
    public int y;
    @NonNull
    @Description("STANDARD, PREMIUM, VIP, WHEELCHAIR, COUPLE or COMPANION (beside a wheelchair space)")
    public String type;
    @NonNull
    @Description("AVAILABLE, HELD, SOLD or BLOCKED")
    public String status;
    @Description("Price of this seat in minor units of the showtime's currency")
    public int priceCents;
}
