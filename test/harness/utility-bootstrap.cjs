// Loaded (--require) into a process the harness forks in place of an Electron utility process:
// gives it Electron's process.parentPort on top of Node's IPC channel. Messages that arrive before
// a listener is registered are queued, as Electron's parentPort does.
const { EventEmitter } = require('node:events');

const parentPort = new EventEmitter();
const queued = [];
parentPort.postMessage = (message) => process.send(message);
parentPort.on('newListener', (event) => {
  if (event !== 'message') return;
  setImmediate(() => {
    for (const data of queued.splice(0)) parentPort.emit('message', { data, ports: [] });
  });
});
process.on('message', (data) => {
  if (parentPort.listenerCount('message') === 0) queued.push(data);
  else parentPort.emit('message', { data, ports: [] });
});
process.parentPort = parentPort;
