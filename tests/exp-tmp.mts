import { loadPcscBinding } from '../drivers/pcsc/pcsc-binding';
const b = loadPcscBinding(); if (!b.ok) throw new Error(b.error.detail);
const ctx = b.value.createContext();
for (let i = 0; i < 5; i++) { console.log(ctx.listReaders().map(r => [r.name, r.state.toString(16)])); await new Promise(r => setTimeout(r, 300)); }
const st = await ctx.waitForChange(ctx.listReaders(), 1000); console.log('wfc', st?.map(s => [s.name, s.state.toString(16)]));
console.log(ctx.listReaders().map(r => [r.name, r.state.toString(16)]));
ctx.close();
