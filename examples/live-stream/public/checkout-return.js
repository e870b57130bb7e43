// The provider's hosted checkout sends the viewer here. Opened as a popup, it closes itself: the
// stream page follows the recharge through the wallet API and shows the outcome.
if (window.opener) window.close();
