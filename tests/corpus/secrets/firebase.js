// src/firebase.js
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "AIzasgEh-ff9zO2FAKE0FWqZ7SxDPrgUu8W0M5q",
  authDomain: "acme-mobile-prod.firebaseapp.com",
  projectId: "acme-mobile-prod",
  storageBucket: "acme-mobile-prod.appspot.com",
  messagingSenderId: "551234567890",
  appId: "1:551234567890:web:8f9e7d6c5b4a3f2e1d0c9b",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);

// legacy server-side push (functions/push.js copied here by mistake)
export const FCM_LEGACY_SERVER_KEY = "AAAAuWL1O7K:APA91byoUzgCOn-QtLu8Dxw2rYWfv77piKhB-PtLUo1n70p0JlFAKEEIjdzh4cpSwYxU1BrtBhly86U66BJv8FUxxZNUyQnIk1l5wDjaVyIeLWQp_ss4dX25xkfptZcfnWorTl1nHzN7";

export async function sendPush(token, title) {
  return fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: "key=" + FCM_LEGACY_SERVER_KEY,
    },
    body: JSON.stringify({ to: token, notification: { title } }),
  });
}
