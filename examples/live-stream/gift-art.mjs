// Placeholder gift art for the example: one small SVG per gift id, so the demo needs no asset CDN.
const EMOJI = {
  rose: '🌹', gg: '🎮', ice_cream: '🍦', thumbs_up: '👍', heart_me: '💗', finger_heart: '🫰', panda: '🐼',
  balloons: '🎈', kiss: '💋', heart: '❤️', perfume: '🧴', love_bang: '💘', doughnut: '🍩', cheer: '📣', star: '⭐',
  cap: '🧢', hand_hearts: '🫶', confetti: '🎉', microphone: '🎤', game_controller: '🕹️', heart_rain: '💞',
  sunglasses: '🕶️', corgi: '🐕', garland: '💐', bouquet: '🌷', swan: '🦢', galaxy: '🌌', disco_ball: '🪩',
  fireworks: '🎆', wedding: '💒', crown: '👑', diamond_ring: '💍', private_jet: '🛩️', sports_car: '🏎️', yacht: '🛥️',
  planet: '🪐', rocket: '🚀', castle: '🏰', mansion: '🏡', phoenix: '🐦‍🔥', lion: '🦁', dragon: '🐉',
  thunder_falcon: '🦅', universe: '✨',
};

function hue(id) {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)) % 360;
  return h;
}

/** The SVG for a gift id, or null when the id is not a known gift. */
export function giftSvg(id) {
  const emoji = EMOJI[id];
  if (!emoji) return null;
  const h = hue(id);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96">
<defs><radialGradient id="g" cx="35%" cy="30%"><stop offset="0" stop-color="hsl(${h} 90% 75%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360} 70% 45%)"/></radialGradient></defs>
<circle cx="48" cy="48" r="46" fill="url(#g)"/>
<text x="48" y="50" font-size="50" text-anchor="middle" dominant-baseline="central">${emoji}</text></svg>`;
}
