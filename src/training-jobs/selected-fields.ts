import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * The field names a query selects at `path` below the current field, through
 * fragments and inline fragments. For `trainingJobs { edges { node { a b } } }`
 * the path `["edges", "node"]` gives `{a, b}`. Fields under `@skip` or
 * `@include` count as selected: loading one view too many is harmless, while
 * missing one would return wrong nulls.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let selections: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

  for (const step of path) {
    selections = fieldsOf(selections, info.fragments)
      .filter((field) => field.name.value === step)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(selections, info.fragments).map((field) => field.name.value));
}

function fieldsOf(
  selectionSets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string> = new Set(),
): FieldNode[] {
  const fields: FieldNode[] = [];

  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === "Field") {
        fields.push(selection);
      } else if (selection.kind === "InlineFragment") {
        fields.push(...fieldsOf([selection.selectionSet], fragments, visited));
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) fields.push(...fieldsOf([fragment.selectionSet], fragments, visited));
      }
    }
  }
  return fields;
}
