export function Options() {
  return <h1>Counterclaim options</h1>;
}
