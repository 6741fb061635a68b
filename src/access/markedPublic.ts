import type { Access } from 'payload'

/** Outcomes a coordinator has marked public are open to everyone. */
export const markedPublic: Access = () => ({ public: { equals: true } })
