/** Path parameters shared by the resource routes. */
import { z } from 'zod';
import { IdSchema } from '../contracts/index.js';

export const IdParamsSchema = z.strictObject({ id: IdSchema });
