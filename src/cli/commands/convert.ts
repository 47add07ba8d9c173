/** `mmcfg convert`: not implemented yet. */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('mmcfg convert: not implemented yet\n');
  return 2;
}
