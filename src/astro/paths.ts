/** getStaticPaths for the pages that exist once per party, data category or group of people. */
import { getRegister } from './register.ts';
import { selectedIds } from './selection.ts';

const ids = async (collection: 'parties' | 'dataCategories' | 'dataSubjectGroups') => selectedIds(collection, [...(await getRegister())[collection].keys()]);

export const partyPaths = async () => (await ids('parties')).map((slug) => ({ params: { slug } }));
/** The protocol list per party names its parameter `party`. */
export const partyListPaths = async () => (await ids('parties')).map((party) => ({ params: { party } }));
export const dataCategoryPaths = async () => (await ids('dataCategories')).map((slug) => ({ params: { slug } }));
export const dataSubjectGroupPaths = async () => (await ids('dataSubjectGroups')).map((slug) => ({ params: { slug } }));
