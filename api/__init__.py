"""The FastAPI app: REST + streaming chat, the web panel, the WeCom channel."""
