/** Tag of the one element Counterclaim adds to a page: the card's shadow host. */
export const OWN_HOST_TAG = 'counterclaim-host';
