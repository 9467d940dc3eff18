// The review date a facilitator sets with one click: three months on, as
// the seeds advise (review a map every three to six months).

/** The date three months from today, as the seeds advise for a review; 30 November gives the last day of February. */
export function threeMonthsOn(today = new Date()): string {
  const lastDay = new Date(today.getFullYear(), today.getMonth() + 4, 0).getDate();
  const d = new Date(today.getFullYear(), today.getMonth() + 3, Math.min(today.getDate(), lastDay));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
