/**
 * POST /api/areas/boundaries (issue 16): the boundary file as the body. A refused file answers 422
 * with its report (the problems at their feature numbers), which is an answer, not an error.
 */
import { BoundaryImportReportSchema, type BoundaryImportReport } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { rawRequest } from './transfers.js';

export interface BoundaryImportOptions {
  /** Check only: the report of what would be matched, created and left unmatched. */
  dryRun: boolean;
  /** Create the areas of features that match none (from the file's p-code, name, level and parent). */
  createAreas: boolean;
}

/** The content type the route takes for the file: a zip is a shapefile, anything else GeoJSON or TopoJSON. */
const contentTypeOf = (file: File) => (/\.zip$/i.test(file.name) ? 'application/zip' : 'application/geo+json');

export async function importBoundaryFile(file: File, options: BoundaryImportOptions): Promise<BoundaryImportReport> {
  const query = new URLSearchParams({ filename: file.name });
  if (options.dryRun) query.set('dryRun', 'true');
  if (options.createAreas) query.set('createAreas', 'true');
  const response = await rawRequest(
    `/api/areas/boundaries?${query.toString()}`,
    { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': contentTypeOf(file) }, body: file },
    (status) => status === 422,
  );
  const parsed = BoundaryImportReportSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('invalid_response', 'The API sent an unexpected boundary report.', response.status);
  return parsed.data;
}
