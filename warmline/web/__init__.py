"""The web process: Twilio's webhooks, the JSON API, the event stream and the pages."""
