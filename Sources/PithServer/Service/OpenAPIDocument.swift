/// `GET /openapi.json`: the service described in OpenAPI 3.1. Kept in the binary (not a bundle
/// resource) so a copied `pith` executable serves it too; `OpenAPIConformanceTests` checks every
/// path, method, status and content type in it against the running server.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Pith",
            "version": "1.0.0",
            "summary": "Clean articles from web pages.",
            "description": "Extracts the article (title, authors, dates, standfirst, body) from an HTML page given in the request or fetched from a URL. Every error is JSON: {\"error\": {\"code\", \"message\"}}. 4xx means the request (or the page it names) is at fault, 5xx the server.",
            "license": { "name": "See the project's LICENSE" }
          },
          "paths": {
            "/v1/extract": {
              "get": {
                "operationId": "extractFromURL",
                "summary": "Fetch a page and extract its article.",
                "description": "Fetches `url` (http or https only; addresses that are not public, such as loopback, private, link-local and cloud metadata, are refused after resolution and on every redirect unless the server runs with --allow-private-networks; at most 5 redirects, 10 s, 10 MiB) and extracts it.",
                "parameters": [
                  { "name": "url", "in": "query", "required": true, "description": "The page to fetch.", "schema": { "type": "string", "format": "uri" } },
                  { "$ref": "#/components/parameters/format" },
                  { "$ref": "#/components/parameters/favor" },
                  { "$ref": "#/components/parameters/includeComments" },
                  { "$ref": "#/components/parameters/includeHTML" }
                ],
                "responses": {
                  "200": { "$ref": "#/components/responses/Article" },
                  "400": { "$ref": "#/components/responses/Error" },
                  "403": { "$ref": "#/components/responses/Error" },
                  "422": { "$ref": "#/components/responses/Error" },
                  "503": { "$ref": "#/components/responses/Busy" },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              },
              "post": {
                "operationId": "extract",
                "summary": "Extract the article from HTML in the body, or from a URL named in JSON.",
                "description": "The body is the page (text/html or application/xhtml+xml; the charset parameter of Content-Type names its encoding, else Pith detects it) or JSON with exactly one of html, text or url (with html, url is the page's address and is not fetched). The query parameters apply to HTML bodies; JSON bodies carry their own format and options. text/plain and {\"text\"} are text mode: a page already flattened to text.",
                "parameters": [
                  { "name": "url", "in": "query", "required": false, "description": "For an HTML body: the page's address (resolves relative links; not fetched).", "schema": { "type": "string", "format": "uri" } },
                  { "$ref": "#/components/parameters/format" },
                  { "$ref": "#/components/parameters/favor" },
                  { "$ref": "#/components/parameters/includeComments" },
                  { "$ref": "#/components/parameters/includeHTML" }
                ],
                "requestBody": {
                  "required": true,
                  "description": "At most 10 MiB, sent within 30 s.",
                  "content": {
                    "text/html": { "schema": { "type": "string" } },
                    "application/xhtml+xml": { "schema": { "type": "string" } },
                    "application/json": { "schema": { "$ref": "#/components/schemas/ExtractRequest" } },
                    "text/plain": { "schema": { "type": "string" } }
                  }
                },
                "responses": {
                  "200": { "$ref": "#/components/responses/Article" },
                  "400": { "$ref": "#/components/responses/Error" },
                  "403": { "$ref": "#/components/responses/Error" },
                  "408": { "$ref": "#/components/responses/Error" },
                  "413": { "$ref": "#/components/responses/Error" },
                  "415": { "$ref": "#/components/responses/Error" },
                  "422": { "$ref": "#/components/responses/Error" },
                  "503": { "$ref": "#/components/responses/Busy" },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/": {
              "get": {
                "operationId": "readerPage",
                "summary": "The reader page: paste a link or HTML, read the article.",
                "responses": {
                  "200": { "description": "The page, under a strict Content-Security-Policy.", "content": { "text/html": { "schema": { "type": "string" } } } },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/healthz": {
              "get": {
                "operationId": "health",
                "summary": "Liveness.",
                "responses": {
                  "200": {
                    "description": "The server is up.",
                    "content": { "application/json": { "schema": { "type": "object", "required": ["status"], "properties": { "status": { "const": "ok" } } } } }
                  },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/metrics": {
              "get": {
                "operationId": "metrics",
                "summary": "Prometheus metrics: requests, latencies, bytes, errors, memory.",
                "responses": {
                  "200": { "description": "Prometheus text format 0.0.4.", "content": { "text/plain": { "schema": { "type": "string" } } } },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openAPI",
                "summary": "This document.",
                "responses": {
                  "200": { "description": "OpenAPI 3.1.", "content": { "application/json": { "schema": { "type": "object" } } } },
                  "default": { "$ref": "#/components/responses/Error" }
                }
              }
            }
          },
          "components": {
            "parameters": {
              "format": { "name": "format", "in": "query", "required": false, "description": "The answer's format.", "schema": { "$ref": "#/components/schemas/Format" } },
              "favor": { "name": "favor", "in": "query", "required": false, "description": "Which error to prefer when a block is doubtful.", "schema": { "$ref": "#/components/schemas/Favor" } },
              "includeComments": { "name": "includeComments", "in": "query", "required": false, "description": "Also extract reader comments.", "schema": { "type": "boolean", "default": false } },
              "includeHTML": { "name": "includeHTML", "in": "query", "required": false, "description": "JSON only: add the body as clean HTML in an html field.", "schema": { "type": "boolean", "default": false } }
            },
            "schemas": {
              "Format": { "type": "string", "enum": ["json", "markdown", "text", "html"], "default": "json" },
              "Favor": { "type": "string", "enum": ["precision", "balanced", "recall"], "default": "balanced" },
              "ExtractRequest": {
                "type": "object",
                "properties": {
                  "html": { "type": "string", "description": "The page's HTML." },
                  "text": { "type": "string", "description": "Plain text for text mode (not available in this version)." },
                  "url": { "type": "string", "format": "uri", "description": "With html: the page's address. Alone: the page to fetch." },
                  "format": { "$ref": "#/components/schemas/Format" },
                  "options": {
                    "type": "object",
                    "properties": {
                      "favor": { "$ref": "#/components/schemas/Favor" },
                      "includeComments": { "type": "boolean", "default": false },
                      "includeHTML": { "type": "boolean", "default": false }
                    }
                  }
                },
                "oneOf": [
                  { "required": ["html"], "not": { "required": ["text"] } },
                  { "required": ["text"], "not": { "anyOf": [{ "required": ["html"] }, { "required": ["url"] }] } },
                  { "required": ["url"], "not": { "anyOf": [{ "required": ["html"] }, { "required": ["text"] }] } }
                ]
              },
              "Article": {
                "type": "object",
                "description": "The line format of `pith extract --format json`.",
                "required": ["url", "title", "authors", "published", "modified", "siteName", "description", "language", "image", "tags", "categories", "license", "pageType", "text"],
                "properties": {
                  "url": { "type": ["string", "null"], "description": "The page's address: the final URL of a fetch, or the url given with html." },
                  "title": { "type": ["string", "null"] },
                  "authors": { "type": "array", "items": { "type": "string" } },
                  "published": { "type": ["string", "null"], "description": "ISO 8601 date or date-time." },
                  "modified": { "type": ["string", "null"], "description": "ISO 8601 date or date-time." },
                  "siteName": { "type": ["string", "null"] },
                  "description": { "type": ["string", "null"], "description": "The standfirst or summary." },
                  "language": { "type": ["string", "null"], "description": "BCP 47." },
                  "image": { "type": ["string", "null"] },
                  "tags": { "type": "array", "items": { "type": "string" } },
                  "categories": { "type": "array", "items": { "type": "string" } },
                  "license": { "type": ["string", "null"] },
                  "pageType": { "type": "string", "enum": ["article", "forum", "product", "collection", "listing", "documentation", "service", "other"] },
                  "text": { "type": "string", "description": "The body as plain text, blocks separated by a blank line." },
                  "comments": { "type": "string", "description": "Reader comments as plain text, when asked for and found." },
                  "metadataSources": { "type": "object", "additionalProperties": { "type": "string" } },
                  "html": { "type": "string", "description": "With includeHTML: the body as clean HTML." }
                }
              },
              "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                      "code": { "type": "string", "description": "Stable, e.g. request.too_large, fetch.forbidden_address, server.busy." },
                      "message": { "type": "string" }
                    }
                  }
                }
              }
            },
            "responses": {
              "Article": {
                "description": "The article, in the requested format.",
                "content": {
                  "application/json": { "schema": { "$ref": "#/components/schemas/Article" } },
                  "text/markdown": { "schema": { "type": "string" } },
                  "text/plain": { "schema": { "type": "string" } },
                  "text/html": { "schema": { "type": "string" } }
                }
              },
              "Error": {
                "description": "An error: 400 bad parameters or JSON, 403 a URL that leads to a non-public address, 404 no such endpoint, 405 wrong method, 408 body too slow, 413 body too large, 415 unsupported Content-Type, 422 the page could not be fetched or is not HTML, 500 a server failure.",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
              },
              "Busy": {
                "description": "Every extraction slot is taken.",
                "headers": { "Retry-After": { "description": "Seconds to wait.", "schema": { "type": "integer" } } },
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
              }
            }
          }
        }
        """#
}
