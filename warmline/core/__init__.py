"""The domain of warmline, as plain Python over plain data.

Nothing in this package does I/O: no Redis, no HTTP, no Twilio, no RQ. The adapters in
`warmline.store`, `warmline.channel` and `warmline.web` carry its decisions out.
"""
