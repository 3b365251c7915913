// The seat page's conversation with the gateway. Seat ids travel as GraphQL variables, never inside the
// query text; the gateway types the list [String!]! (docs/decisions/0002-id-lists-as-string-lists.md).
import { graphql } from '../graphql.js';

const SHOWTIME = `query Showtime($id: ID!) {
  showtime(id: $id) {
    id startsAt endsAt status basePriceCents currency availableSeats movieId cinemaId features
    movie { id title ageRating durationMinutes }
    cinema { id name timeZone }
    auditorium { id name format }
  }
}`;
const SEAT_MAP = `query SeatMap($id: ID!) {
  seatMap(showtimeId: $id) { showtimeId rows columns seats { seatId label row number x y type status priceCents } }
}`;
export const HOLD = `mutation Hold($showtimeId: ID!, $seatIds: [String!]!) {
  holdSeats(showtimeId: $showtimeId, seatIds: $seatIds) {
    id code status holdExpiresAt totalCents currency tickets { seatId seatLabel seatType priceCents }
  }
}`;
const RELEASE = 'mutation Release($id: ID!) { releaseHold(bookingId: $id) { id status } }';
const MY_BOOKINGS = `query MyBookings {
  myBookings(upcoming: true) {
    id code status showtimeId holdExpiresAt totalCents currency tickets { seatId seatLabel seatType priceCents }
  }
}`;

/** { showtime, seatMap } for the page, fetched together. */
export async function loadShowtime(showtimeId) {
  const [{ showtime }, { seatMap }] = await Promise.all([
    graphql(SHOWTIME, { id: showtimeId }), graphql(SEAT_MAP, { id: showtimeId })]);
  return { showtime, seatMap };
}

export async function seatMap(showtimeId) {
  return (await graphql(SEAT_MAP, { id: showtimeId })).seatMap;
}

export async function holdSeats(showtimeId, seatIds) {
  return (await graphql(HOLD, { showtimeId, seatIds: seatIds.map(String) })).holdSeats;
}

export function releaseHold(bookingId) {
  return graphql(RELEASE, { id: bookingId });
}

/** The caller's running hold of this showtime, if any (to pick it up again after a reload). */
export async function runningHold(showtimeId, now = Date.now()) {
  const { myBookings } = await graphql(MY_BOOKINGS);
  return (myBookings ?? []).find((b) => b.showtimeId === showtimeId && b.status === 'HELD'
    && new Date(b.holdExpiresAt).getTime() > now) ?? null;
}
