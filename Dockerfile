# The Actor Map API and client, compiled; Neo4j runs in its own container (see docker-compose.yml).
# Stage 1 builds with every dependency; stage 2 installs the production dependencies only; the
# runtime image holds those, the build (dist/) and the files the server reads at run time, and
# runs as the unprivileged user "node" on Node 24 LTS.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and only readable by "node": the process cannot rewrite its own code.
COPY package.json ./
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
# The briefings embed these fonts (Latin and Arabic) in their PDF and map pictures.
COPY fonts ./fonts
# The vocabulary catalogues: briefings print the same words as the interface (server/briefings/language.ts).
COPY client/i18n/messages ./client/i18n/messages
COPY server/seed/data ./server/seed/data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
