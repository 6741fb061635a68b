import { type ASTNode, GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql'

/** The deepest selection a GraphQL query may nest (the admin and the portal do not use GraphQL). */
export const maxQueryDepth = 8

/** Payload's cost limit per query (its default is 1,000). */
export const maxQueryComplexity = 500

type Selectable = ASTNode & { selectionSet?: { selections: readonly ASTNode[] } }

/** How deep the selections under `node` nest, following fragments once each. */
function depthOf(node: Selectable, context: ValidationContext, seen: Set<string>): number {
  let deepest = 0
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection as Selectable, context, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection as Selectable, context, seen))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (seen.has(name)) continue
      seen.add(name)
      const fragment = context.getFragment(name)
      if (fragment) deepest = Math.max(deepest, depthOf(fragment as Selectable, context, seen))
    }
  }
  return deepest
}

/** Refuses a query whose selections nest deeper than maxQueryDepth, before any of it runs. */
export const queryDepthLimit: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const depth = depthOf(node as Selectable, context, new Set())
    if (depth > maxQueryDepth) {
      context.reportError(
        new GraphQLError(`The query is nested too deeply (${depth} levels, at most ${maxQueryDepth}).`, {
          nodes: [node],
        }),
      )
    }
  },
})
