# ressec in a container: built in one stage, run in another as the unprivileged `node` user with production
# dependencies only. The image runs `ressec slack` by default; set RESSEC_DATABASE_URL to share one PostgreSQL between
# replicas (see compose.yaml and the README's "Several replicas" section).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary can be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Install scripts are skipped (the `prepare` build needs the sources, copied below); the native module is built on its own.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    RESSEC_DATA_DIR=/data \
    RESSEC_LOG_FORMAT=json \
    PORT=3000 \
    RESSEC_HEALTH_PORT=8081
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY knowledge ./knowledge
COPY prompts ./prompts
COPY manifest ./manifest
# The data folder (SQLite when no database URL is set, the ticket file, logs) belongs to the service user alone.
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
USER node
EXPOSE 3000 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.RESSEC_HEALTH_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains: not ready at once, turns in flight finish, the rest go back to the shared inbox.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/src/main.js"]
CMD ["slack"]
