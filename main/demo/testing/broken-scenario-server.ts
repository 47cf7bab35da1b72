import { createServer, type Server } from 'node:http';

/**
 * A stand-in for a simulator whose scenario API misbehaves: creates answer 500 with an error
 * body, lists answer 200 with JSON of the wrong shape, anything else 200 with a non-JSON body.
 */
export async function startBrokenScenarioServer(): Promise<{
  scenarioUrl: string;
  requests: () => number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    count += 1;
    req.resume();
    if (req.method === 'POST') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'the booking store is on fire' }));
    } else if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"booking": 42, "reservation": "x\\";drop"}]');
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>gateway</html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    scenarioUrl: `http://127.0.0.1:${port}/__sim`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
