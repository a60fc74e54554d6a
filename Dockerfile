# The Actor Map API and client. Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY server ./server
COPY cypher ./cypher
COPY neo4j-local ./neo4j-local
USER node
EXPOSE 8080
CMD ["node", "--import", "tsx", "server/main.ts"]
