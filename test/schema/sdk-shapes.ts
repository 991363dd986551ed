import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import ts from "typescript";

/** Type of one SDK member, reduced to what the schema has to match. */
export type SdkType =
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "timestamp" }
  | { kind: "stringMap" }
  | { kind: "enum"; name: string; values: string[] }
  | { kind: "shape"; name: string }
  | { kind: "list"; item: SdkType };

export type SdkMember = { name: string; type: SdkType };

export type SdkShapes = {
  /** Members of every shape reached from the roots, by shape name. */
  shapes: Map<string, SdkMember[]>;
  /** Values of every enum those members use, by enum name. */
  enums: Map<string, string[]>;
};

const require = createRequire(import.meta.url);

/**
 * Reads the SDK's `.d.ts` model files with the TypeScript compiler and walks
 * the interfaces reachable from `roots`. Enums are the SDK's
 * `export declare const X: { readonly KEY: "Value" }` objects that have a
 * type alias of the same name. A member type outside the forms listed in
 * `SdkType` throws, naming the shape and member.
 */
export function readSdkShapes(roots: string[]): SdkShapes {
  const declarations = readModelDeclarations();
  const shapes = new Map<string, SdkMember[]>();
  const enums = new Map<string, string[]>();

  const pending = [...roots];
  while (pending.length > 0) {
    const shapeName = pending.shift()!;
    if (shapes.has(shapeName)) continue;

    const declaration = declarations.interfaces.get(shapeName);
    if (!declaration) throw new Error(`SDK interface ${shapeName} not found in the model files.`);

    const members: SdkMember[] = [];
    for (const member of declaration.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText();
      const type = classify(member.type, declarations, `${shapeName}.${name}`);
      members.push({ name, type });
      collectReferences(type, pending, enums);
    }
    shapes.set(shapeName, members);
  }

  return { shapes, enums };
}

type ModelDeclarations = {
  interfaces: Map<string, ts.InterfaceDeclaration>;
  enumValues: Map<string, string[]>;
};

function readModelDeclarations(): ModelDeclarations {
  const packageDirectory = dirname(require.resolve("@aws-sdk/client-sagemaker/package.json"));
  const modelsDirectory = join(packageDirectory, "dist-types", "models");
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const enumObjects = new Map<string, string[]>();
  const typeAliases = new Set<string>();

  for (const fileName of readdirSync(modelsDirectory).filter((name) => name.endsWith(".d.ts"))) {
    const path = join(modelsDirectory, fileName);
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
      if (ts.isTypeAliasDeclaration(statement)) typeAliases.add(statement.name.text);
      if (ts.isVariableStatement(statement)) {
        for (const variable of statement.declarationList.declarations) {
          const values = literalObjectValues(variable.type);
          if (ts.isIdentifier(variable.name) && values) enumObjects.set(variable.name.text, values);
        }
      }
    }
  }

  const enumValues = new Map([...enumObjects].filter(([name]) => typeAliases.has(name)));
  return { interfaces, enumValues };
}

/** String values of a `{ readonly KEY: "Value" }` type literal, or undefined for any other type. */
function literalObjectValues(type: ts.TypeNode | undefined): string[] | undefined {
  if (!type || !ts.isTypeLiteralNode(type)) return undefined;

  const values: string[] = [];
  for (const member of type.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isLiteralTypeNode(member.type)) return undefined;
    if (!ts.isStringLiteral(member.type.literal)) return undefined;
    values.push(member.type.literal.text);
  }
  return values;
}

function classify(node: ts.TypeNode, declarations: ModelDeclarations, location: string): SdkType {
  if (ts.isUnionTypeNode(node)) {
    const defined = node.types.filter((member) => member.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (defined.length !== 1) throw new Error(`${location}: unsupported union type ${node.getText()}.`);
    return classify(defined[0], declarations, location);
  }
  if (ts.isParenthesizedTypeNode(node)) return classify(node.type, declarations, location);

  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: "number" };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: "boolean" };
  }

  if (ts.isArrayTypeNode(node)) return { kind: "list", item: classify(node.elementType, declarations, location) };

  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const typeArguments = node.typeArguments?.map((argument) => argument.getText()) ?? [];
    if (name === "Date") return { kind: "timestamp" };
    if (name === "Record" && typeArguments.join(",") === "string,string") return { kind: "stringMap" };
    if (declarations.enumValues.has(name)) return { kind: "enum", name, values: declarations.enumValues.get(name)! };
    if (declarations.interfaces.has(name)) return { kind: "shape", name };
  }

  throw new Error(`${location}: unsupported SDK type ${node.getText()}; teach test/schema/sdk-shapes.ts this form.`);
}

function collectReferences(type: SdkType, pending: string[], enums: Map<string, string[]>): void {
  if (type.kind === "list") collectReferences(type.item, pending, enums);
  if (type.kind === "shape") pending.push(type.name);
  if (type.kind === "enum") enums.set(type.name, type.values);
}
