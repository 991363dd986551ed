import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

import { QueryLimitError } from "./query-limit.error.js";

/** Bounds on the shape of one operation, checked while the document is validated. */
export type QueryShapeLimits = {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
};

/** Measures of a selection set, with fragment spreads expanded. */
type Shape = {
  /** Nesting levels of fields: `{ a { b } }` has depth 2. */
  depth: number;
  aliases: number;
  /** Fields at the first level of the set. */
  fields: number;
};

const EMPTY_SHAPE: Shape = { depth: 0, aliases: 0, fields: 0 };

/**
 * Creates a graphql-js validation rule that rejects an operation deeper,
 * with more aliases or with more top-level fields than the limits allow. Fragments are
 * counted as if written out at each spread, but each is measured once, so a
 * document that spreads fragments many times costs linear time to check.
 * Introspection fields (`__schema`, `__type`) are not measured: their depth
 * is fixed by the schema, and introspection is switched on or off as a whole.
 */
export function queryShapeRule(limits: QueryShapeLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = fragmentsOf(context);
      const shape = new ShapeMeter(fragments).measure(operation.selectionSet);
      for (const error of limitErrors(operation, shape, limits)) context.reportError(error);
      return false;
    },
  });
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function limitErrors(operation: OperationDefinitionNode, shape: Shape, limits: QueryShapeLimits): QueryLimitError[] {
  const name = operation.name ? `Operation "${operation.name.value}"` : "The anonymous operation";
  const errors: QueryLimitError[] = [];

  if (shape.depth > limits.maxDepth) {
    errors.push(
      new QueryLimitError(
        "depth",
        shape.depth,
        limits.maxDepth,
        `${name} nests fields ${shape.depth} levels deep, above the maximum of ${limits.maxDepth}; select fewer nested levels.`,
        [operation],
      ),
    );
  }
  if (shape.aliases > limits.maxAliases) {
    errors.push(
      new QueryLimitError(
        "aliases",
        shape.aliases,
        limits.maxAliases,
        `${name} uses ${shape.aliases} aliases, above the maximum of ${limits.maxAliases}; send fewer aliased fields or split the operation.`,
        [operation],
      ),
    );
  }
  if (shape.fields > limits.maxRootFields) {
    errors.push(
      new QueryLimitError(
        "rootFields",
        shape.fields,
        limits.maxRootFields,
        `${name} selects ${shape.fields} top-level fields, above the maximum of ${limits.maxRootFields}; split it into several requests.`,
        [operation],
      ),
    );
  }
  return errors;
}

/** Measures selection sets of one document, measuring each fragment once. */
class ShapeMeter {
  private readonly measured = new Map<string, Shape>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  measure(selectionSet: SelectionSetNode): Shape {
    let depth = 0;
    let aliases = 0;
    let fields = 0;

    for (const selection of selectionSet.selections) {
      let shape: Shape;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "__schema" || selection.name.value === "__type") continue;
        const children = selection.selectionSet ? this.measure(selection.selectionSet) : EMPTY_SHAPE;
        shape = { depth: children.depth + 1, aliases: children.aliases + (selection.alias ? 1 : 0), fields: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        shape = this.measure(selection.selectionSet);
      } else {
        shape = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, shape.depth);
      aliases += shape.aliases;
      fields += shape.fields;
    }
    return { depth, aliases, fields };
  }

  /** Measures a fragment once; an unknown or cyclic fragment measures empty, and the standard rules report it. */
  private fragment(name: string): Shape {
    const known = this.measured.get(name);
    if (known) return known;

    const definition = this.fragments.get(name);
    if (!definition || this.inProgress.has(name)) return EMPTY_SHAPE;

    this.inProgress.add(name);
    const shape = this.measure(definition.selectionSet);
    this.inProgress.delete(name);
    this.measured.set(name, shape);
    return shape;
  }
}
