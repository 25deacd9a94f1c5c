// src/integrations/client.js
const axios = require('axios');
const { Client, GatewayIntentBits } = require('discord.js');

const GITHUB_TOKEN = process.env.GITHUB_TOKEN || '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';
const DISCORD_WEBHOOK = 'https://discord.com/api/webhooks/858653827143034624/qOS0f51Dhf2F7KeD4ZNlk4FAKEmTXyeLz-Z0LoO-LIfMgAt1dMPZ8MNhVYQUXEhCHm7J';

const api = axios.create({
  baseURL: 'https://api.acme-corp.net/v2',
  timeout: 5000,
  headers: {
    'Authorization': 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1NjA5MjciLCJuYW1lIjoiVGVzdCBVc2VyIiwiaWF0IjoxNzE2MjM5MDIyLCJleHAiOjE3MTYyNDI2MjIsInNjb3BlIjoicmVhZDpvcmRlcnMifQ.WH9lmzKIRzhhEriM-IR4OVOg76tMxMXMbnobAJq1VYY',
    'X-Api-Key': 'sgjFhyGqGHFAKEEpmgSIV9hCFELubKW2',
    'Content-Type': 'application/json',
  },
});

const hubspot = axios.create({
  baseURL: 'https://api.hubapi.com',
  headers: { Authorization: `Bearer pat-eu1-5b2c8e41-7d3a-4f6b-9c0e-2a1b3c4d5e6f` },
});

async function notify(message) {
  await axios.post(DISCORD_WEBHOOK, { content: message });
}

const bot = new Client({ intents: [GatewayIntentBits.Guilds] });
bot.login('ODIzNjUxNTM3NjcwNTcxNTk5.PkQkw_.A_3lzHqiA4-9FAKENjI4OOTBWcUX7YPlRel9nF');

const config = {
  algolia: {
    appId: 'H7K2L9M4QX',
    adminApiKey: '3f3163cf89deadbeef79fecb0d4fdaf5',
  },
  linear: { apiKey: "lin_api_WR4vo70eaM4SlFAKElwJ3zdjpjufMtzQYTYcdYDo" },
  notion: { auth: "ntn_65727784604crbbtsU65paFAKEY8vcqobgbBTLvQAviHT1" },
  huggingface: { token: "hf_NGgxrSiUZYJFAKEJWyYPxwCEoXuRKwUhQo" },
};

module.exports = { api, hubspot, notify, config };
