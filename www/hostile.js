// A host script that defines the globals other code often assumes are free.
/* eslint-disable no-var */
var init = function () { throw new Error('host init called'); };
var wasm_bindgen = 'host value';
var define = function () { throw new Error('AMD define called'); };
define.amd = true;
var module = { exports: {} };
var exports = module.exports;
window.process = { env: { NODE_ENV: 'production' } };
window.$ = window.jQuery = function () { throw new Error('jQuery called'); };
window.TextDecoder = window.TextDecoder; // kept: browsers need it
Array.prototype.tendikHostPollution = function () {};
