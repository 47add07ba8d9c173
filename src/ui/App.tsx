export function App() {
  return (
    <main>
      <h1>mmcfg-studio</h1>
    </main>
  );
}
