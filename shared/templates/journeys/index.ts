// The journeys a team can start from, in the order the start screen and
// `jejak help new` list them.
import type { JourneyId, JourneyTemplate } from '../types';
import { checkoutDelivery } from './checkoutDelivery';
import { ekyc } from './ekyc';
import { hotelStay } from './hotelStay';
import { serviceCounter } from './serviceCounter';

export const JOURNEYS: Record<JourneyId, JourneyTemplate> = {
  ekyc,
  'hotel-stay': hotelStay,
  'checkout-delivery': checkoutDelivery,
  'service-counter': serviceCounter,
};
