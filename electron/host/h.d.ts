export declare const hostThing = 2;
