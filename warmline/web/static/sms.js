// How many SMS segments a reply costs: GSM-7 when every character is in the GSM alphabet
// (extension characters take two septets), otherwise UCS-2 with far fewer per segment.
"use strict";
window.SmsCount = (function () {
  const BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  const EXTENDED = "^{}\\[~]|€\f";

  function count(text) {
    let septets = 0;
    let gsm = true;
    for (const character of text) {
      if (BASIC.indexOf(character) >= 0) septets += 1;
      else if (EXTENDED.indexOf(character) >= 0) septets += 2;
      else { gsm = false; break; }
    }
    const characters = Array.from(text).length;
    if (gsm) {
      const segments = septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153);
      return {characters: characters, segments: segments, encoding: "GSM-7"};
    }
    const units = text.length;  // UTF-16 code units: an emoji takes two
    const segments = units <= 70 ? 1 : Math.ceil(units / 67);
    return {characters: characters, segments: segments, encoding: "UCS-2"};
  }

  function describe(text) {
    const c = count(text);
    const words = c.characters + (c.characters === 1 ? " character" : " characters") + " · " +
      c.segments + (c.segments === 1 ? " SMS segment" : " SMS segments");
    return c.characters ? words + " (" + c.encoding + ")" : words;
  }

  return {count: count, describe: describe};
})();
